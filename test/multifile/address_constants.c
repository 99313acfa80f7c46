// rundir
// Checks address constants that point into other translation units
// (C11 6.6p9, 6.7.9p4): static-storage objects initialised with the
// address of an object, an array element, a struct member or a function
// defined in another file, plus or minus an integer constant; the linker
// resolves them so that a linked list spread over three files is complete
// before main runs, and the addresses equal those taken at run time.

/* The program is address_constants.dir/. */
