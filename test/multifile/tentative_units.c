// rundir
// Checks tentative definitions across translation units (C11 6.9.2): in
// one file several tentative definitions of a name, with or without a
// later definition, make exactly one external definition (zero-
// initialised when none has an initialiser); other files reach it through
// extern declarations; a static tentative definition gives each file its
// own object; and a tentative array of unknown size becomes a one-element
// array at the end of its file (6.9.2p2).

/* The program is tentative_units.dir/. */
