// rundir
// Checks type compatibility across translation units without a shared
// header (C11 6.2.7p1): a struct, a union and an enum each declared
// separately in two files with the same tag and members are compatible,
// so objects and functions using them link and agree; typedef names may
// differ since they only alias the type; an array declared with and
// without its size is the same object; and a function declared with an
// empty parameter list in one file is called correctly when its
// definition with a prototype is elsewhere (6.5.2.2p6).

/* The program is compatible_types.dir/. */
