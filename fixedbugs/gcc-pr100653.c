// errorcheck -0
// gcc PR 100653: a union whose scalar_storage_order differs from that of a
// structure it contains makes a read through the other member see the
// bytes swapped. gcc 12 points out this type punning with
// -Wscalar-storage-order (on by default); gcc before 12 gave no warning
// when the member with the other order was an aggregate.
// fixed: gcc 12
// requires: gcc

struct __attribute__((scalar_storage_order("big-endian"))) wire_header {
	unsigned short kind;
	unsigned short length;
};

union __attribute__((scalar_storage_order("little-endian"))) frame {
	struct wire_header hdr;	// ERROR "type punning toggles scalar storage order"
	unsigned int raw;
};

unsigned int
frame_raw(union frame *f)
{
	return f->raw + f->hdr.length;
}
