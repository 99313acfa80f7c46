// rundir
// Checks structures and unions passed and returned by value between
// translation units (C11 6.5.2.2p4, 6.8.6.4, 6.2.7): small and large
// structs, mixed integer and floating members, an array member (copied
// with the struct, so the callee's changes stay local), bit-fields, and a
// union; the caller's objects are unchanged by what the callee does to
// its parameters.

/* The program is struct_by_value.dir/. */
