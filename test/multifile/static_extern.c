// rundir
// Checks how linkage is settled across files (C11 6.2.2): a file-scope
// static name is private to its file even when another file defines the
// same name externally; a later extern declaration of a static name keeps
// internal linkage (6.2.2p4); a block-scope extern declaration refers to
// the external object even when a local of the same name is hidden by it,
// and a block-scope function declaration without storage class is extern.

/* The program is static_extern.dir/. */
