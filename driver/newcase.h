#ifndef RUNDRIVER_NEWCASE_H
#define RUNDRIVER_NEWCASE_H

/* "rundriver new DIR/fixedbugs/NAME.c [-action A] [-from FILE] [-fixed
 * 'FAMILY RELEASE'] [-what TEXT] [-bless] [-update_errors] [flags]":
 * check the case's name (after its tracker entry) and folder, write it
 * with its recipe, from the reproducer FILE when given; with -bless or
 * -update_errors run it once under the first -profile to write its .out
 * or ERROR comments; then run it under every -profile with -v. Nothing
 * existing is overwritten. Return the last run's exit status; errors are
 * fatal (exit 2). */
int newcase_main(int argc, char **argv);

#endif
