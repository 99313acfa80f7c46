/* Unit tests of json.c: strings escaped into valid JSON whatever the
 * bytes, and the events rundriver writes read back. */
#include "unit.h"
#include "json.h"
#include "strbuf.h"

#include <stdio.h>
#include <string.h>

static void
test_strings(void)
{
	static const struct {
		const char *in;
		size_t len;
		const char *want;
	} cases[] = {
		{ "plain", 5, "\"plain\"" },
		{ "q\"b\\", 4, "\"q\\\"b\\\\\"" },
		{ "a\nb\tc\r", 6, "\"a\\nb\\tc\\u000d\"" },
		{ "nul\0x", 5, "\"nul\\u0000x\"" },
		{ "\x1b[31m\x7f", 6, "\"\\u001b[31m\\u007f\"" },
		{ "caf\xc3\xa9", 5, "\"caf\xc3\xa9\"" },		/* valid UTF-8 */
		{ "\xff\xfe", 2, "\"\\ufffd\\ufffd\"" },		/* not UTF-8 */
		{ "\xc3(", 2, "\"\\ufffd(\"" },			/* cut short */
		{ "\xed\xa0\x80", 3, "\"\\ufffd\\ufffd\\ufffd\"" },	/* surrogate */
		{ "\xc0\xaf", 2, "\"\\ufffd\\ufffd\"" },		/* overlong */
		{ "\xf0\x9f\x98\x80", 4, "\"\xf0\x9f\x98\x80\"" },	/* 4 bytes */
		{ "\xf4\x90\x80\x80", 4, "\"\\ufffd\\ufffd\\ufffd\\ufffd\"" },
		{ "]]>", 3, "\"]]>\"" },
	};
	struct strbuf sb;
	char name[32];
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		strbuf_init(&sb, 0);
		json_string(&sb, cases[i].in, cases[i].len);
		snprintf(name, sizeof(name), "json_string %zu", i);
		check_str(name, sb.buf, cases[i].want);
		strbuf_release(&sb);
	}
}

void
test_json(void)
{
	static const struct {
		const char *line;
		const char *want;	/* action package test output | cpu rss tests */
	} cases[] = {
		{ "{\"Time\":\"t\",\"Action\":\"run\",\"Package\":\"test/x\","
		  "\"Test\":\"a.c\"}", "run test/x a.c - 0.000 0 0" },
		{ "{\"Action\":\"output\",\"Package\":\"p\",\"Test\":\"a.c\","
		  "\"Output\":\"l\\u00e9\\n\\\"q\\\"\"}",
		  "output p a.c l\xc3\xa9\n\"q\" 0.000 0 0" },
		{ "{\"Action\":\"pass\",\"Package\":\"p\",\"Test\":\"a.c\","
		  "\"Elapsed\":0.5,\"Path\":\"p/a.c\",\"Steps\":[{\"Step\":"
		  "\"build\",\"User\":0.25,\"Sys\":0.05,\"Wall\":0.4,"
		  "\"MaxRSSKB\":2000},{\"Step\":\"run\",\"User\":9,\"Sys\":1,"
		  "\"Wall\":9,\"MaxRSSKB\":90000}]}",
		  "pass p a.c - 0.300 2000 0" },
		{ "{\"Action\":\"pass\",\"Package\":\"p\",\"Elapsed\":1,"
		  "\"Tests\":[\"p/a.c\",\"p/b.c\"]}", "pass p - - 0.000 0 2" },
		{ "{\"Action\":\"skip\",\"Package\":\"q\",\"Extra\":{\"x\":[1,"
		  "{\"y\":\"}\"}]},\"Tests\":[]}", "skip q - - 0.000 0 0" },
		{ "not json", "error" },
		{ "{\"Package\":\"p\"}", "error" },		/* no action */
		{ "{\"Action\":\"run\",\"Test\":\"unclosed}", "error" },
	};
	struct json_event ev;
	char got[256];
	size_t i;

	test_strings();
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		if (json_event_read(cases[i].line, &ev) < 0) {
			snprintf(got, sizeof(got), "error");
		} else {
			snprintf(got, sizeof(got), "%s %s %s %s %.3f %.0f %zu",
				 ev.action, ev.package ? ev.package : "-",
				 ev.test ? ev.test : "-",
				 ev.output ? ev.output : "-", ev.compile_cpu,
				 ev.compile_rss_kb, ev.ntests);
			json_event_free(&ev);
		}
		check_str(cases[i].line, got, cases[i].want);
	}
}
