// run
// Checks trigraph sequences (C11 5.2.1.1), which -std=c11 turns on: each
// of the nine is replaced in translation phase 1, inside string literals
// too, before line splicing, so ??/ at the end of a line splices it to
// the next, in a macro definition and in a string literal alike; "?\?="
// escapes a question mark to keep ??= from forming. Also the digraphs
// (C11 6.4.6p3), which are tokens and not replacements: they act like the
// punctuators they stand for but keep their own spelling when stringized,
// and are not replaced in literals.

??=include <stdio.h>
??=include <string.h>

%:define STR(x) %:x
%:define PASTE(a, b) a %:%: b
#define SPLICED ??/
	(40 + ??/
	2)

int main(void)
??<
	int a??(3??) = ??< 1, 2, 4 ??>;
	int b<:2:> = <% 8, 16 %>;
	int x = 0, cd = 32;

	printf("%s\n", "??=??(??)??<??>??/??/??'??!??-");
	printf("%s %d\n", "?\?=", (int)strlen("?\?="));
	printf("%d %d %d\n", a??(2??), 5 ??! 2, 6 ??' 3);
	printf("%d\n", ??-0);
	x = SPLICED;
	printf("x=%d %s\n", x, "spli??/
ced");
	printf("%d %d\n", b<:0:>, b<:1:> + PASTE(c, d));
	printf("%s %s\n", STR(<:), STR(%:%:));
	printf("%s %s\n", STR(??=), "<: %>");
	return 0;
??>
