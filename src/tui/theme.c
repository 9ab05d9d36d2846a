/* theme.c - colours, or attributes when there are none (see theme.h). */
#include "tui/theme.h"

#include <stdlib.h>
#include <strings.h>

struct look {
	attr_t attr;
	short pair;
};

static struct look looks[R_COUNT];
static bool color_on;

/* The monochrome look of each role: it alone must tell things apart. */
static attr_t mono_attr(enum role r)
{
	switch (r) {
	case R_HEADER:
	case R_STATUS:
	case R_TITLE_FOCUS:
	case R_SELECTED: return A_REVERSE;
	case R_TITLE: return A_UNDERLINE | A_BOLD;
	case R_STATUS_KEY: return A_REVERSE | A_BOLD;
	case R_SELECTED_DIM: return A_UNDERLINE;
	case R_DIM:
	case R_RULE:
	case R_GAUGE_OUT: return A_DIM;
	case R_BOLD:
	case R_HEADING:
	case R_ABOVE:
	case R_GAUGE_OFFER:
	case R_GAUGE_TARGET: return A_BOLD;
	case R_EMPH:
	case R_LINK:
	case R_BETWEEN:
	case R_PLACEHOLDER:
	case R_FIELD: return A_UNDERLINE;
	case R_BELOW:
	case R_ERROR:
	case R_MATCH:
	case R_FIELD_FOCUS: return A_REVERSE;
	case R_STALE:
	case R_SAMPLE:
	case R_FILL_ANSWER: return A_BOLD | A_UNDERLINE;
	case R_FILL_AMOUNT: return A_BOLD;
	case R_NORMAL:
	case R_CODE:
	case R_QUOTE:
	case R_GAUGE_BAND:
	case R_GAUGE_PREMIUM:
	case R_GAUGE_FLOOR:
	case R_COUNT: break;
	}
	return A_NORMAL;
}

static void color(enum role r, short fg, short bg, attr_t attr)
{
	short pair = (short)(r + 1);

	init_pair(pair, fg, bg);
	looks[r].pair = pair;
	looks[r].attr = attr;
}

void theme_init(void)
{
	const char *no = getenv("NO_COLOR");
	int r;

	color_on = has_colors() && !(no && *no);
	for (r = 0; r < R_COUNT; r++) {
		looks[r].attr = mono_attr((enum role)r);
		looks[r].pair = 0;
	}
	if (!color_on || start_color() == ERR) {
		color_on = false;
		return;
	}
	use_default_colors();
	color(R_HEADER, COLOR_BLACK, COLOR_CYAN, A_NORMAL);
	color(R_STATUS, COLOR_BLACK, COLOR_WHITE, A_NORMAL);
	color(R_STATUS_KEY, COLOR_BLUE, COLOR_WHITE, A_BOLD);
	color(R_TITLE, COLOR_CYAN, -1, A_BOLD | A_UNDERLINE);
	color(R_TITLE_FOCUS, COLOR_BLACK, COLOR_CYAN, A_BOLD);
	color(R_SELECTED, COLOR_BLACK, COLOR_CYAN, A_NORMAL);
	color(R_SELECTED_DIM, -1, -1, A_REVERSE);
	color(R_DIM, -1, -1, A_DIM);
	color(R_HEADING, COLOR_YELLOW, -1, A_BOLD);
	color(R_CODE, COLOR_GREEN, -1, A_NORMAL);
	color(R_LINK, COLOR_BLUE, -1, A_UNDERLINE);
	color(R_QUOTE, COLOR_CYAN, -1, A_NORMAL);
	color(R_RULE, COLOR_BLUE, -1, A_NORMAL);
	color(R_ABOVE, COLOR_GREEN, -1, A_BOLD);
	color(R_BETWEEN, COLOR_YELLOW, -1, A_BOLD);
	color(R_BELOW, COLOR_RED, -1, A_BOLD);
	color(R_ERROR, COLOR_WHITE, COLOR_RED, A_BOLD);
	color(R_STALE, COLOR_RED, -1, A_BOLD);
	color(R_SAMPLE, COLOR_MAGENTA, -1, A_NORMAL);
	color(R_PLACEHOLDER, COLOR_BLACK, COLOR_YELLOW, A_NORMAL);
	color(R_FILL_AMOUNT, COLOR_CYAN, -1, A_BOLD);
	color(R_FILL_ANSWER, COLOR_GREEN, -1, A_UNDERLINE);
	color(R_MATCH, COLOR_BLACK, COLOR_YELLOW, A_BOLD);
	color(R_FIELD, -1, -1, A_UNDERLINE);
	color(R_FIELD_FOCUS, COLOR_BLACK, COLOR_WHITE, A_NORMAL);
	color(R_GAUGE_OUT, -1, -1, A_DIM);
	color(R_GAUGE_BAND, COLOR_BLUE, -1, A_BOLD);
	color(R_GAUGE_PREMIUM, COLOR_MAGENTA, -1, A_NORMAL);
	color(R_GAUGE_FLOOR, COLOR_RED, -1, A_BOLD);
	color(R_GAUGE_TARGET, COLOR_GREEN, -1, A_BOLD);
	color(R_GAUGE_OFFER, COLOR_YELLOW, -1, A_BOLD);
}

enum role theme_role_by_name(const char *name)
{
	static const char *const names[R_COUNT] = {
#define X(id, name) name,
		THEME_ROLES(X)
#undef X
	};
	for (int r = 0; r < R_COUNT; r++)
		if (strcasecmp(names[r], name) == 0)
			return (enum role)r;
	return R_COUNT;
}

void theme_color(enum role r, short fg, short bg, attr_t attr)
{
	if (r >= R_COUNT)
		return;
	if (color_on)
		color(r, fg, bg, attr);
	else if (attr != A_NORMAL)
		looks[r].attr = attr;
}

void theme_set(WINDOW *w, enum role r)
{
	wattr_set(w, looks[r].attr, looks[r].pair, NULL);
}

enum role theme_gap_role(amount_t vs_target, amount_t vs_floor)
{
	if (amount_known(vs_target) && vs_target >= 0)
		return R_ABOVE;
	if (amount_known(vs_floor) && vs_floor < 0)
		return R_BELOW;
	if (amount_known(vs_floor) || amount_known(vs_target))
		return R_BETWEEN;
	return R_NORMAL;
}
