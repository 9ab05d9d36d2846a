/* table.c - fit table columns into a width (see table.h). */
#include "tui/table.h"

static int needed(const struct col_spec *cols, const int *shown, int n, int gap)
{
	int i, sum = 0, vis = 0;

	for (i = 0; i < n; i++) {
		if (!shown[i])
			continue;
		sum += cols[i].min;
		vis++;
	}
	return sum + (vis > 1 ? (vis - 1) * gap : 0);
}

int table_layout(const struct col_spec *cols, int n, int width, int gap,
                 int *widths)
{
	int i, vis = 0, left;
	/* widths doubles as the shown flags until the end. */
	int *shown = widths;

	if (width < 0)
		width = 0;
	for (i = 0; i < n; i++)
		shown[i] = 1;
	while (needed(cols, shown, n, gap) > width) {
		int worst = -1;
		for (i = 0; i < n; i++) {
			if (!shown[i] || cols[i].drop == 0)
				continue;
			if (worst < 0 || cols[i].drop >= cols[worst].drop)
				worst = i;
		}
		if (worst < 0)
			break;
		shown[worst] = 0;
	}
	for (i = 0; i < n; i++)
		vis += shown[i] ? 1 : 0;
	left = width - (vis > 1 ? (vis - 1) * gap : 0);
	/* From here a dropped column is -1 until the end. */
	for (i = 0; i < n; i++) {
		int w;
		if (!shown[i]) {
			widths[i] = -1;
			continue;
		}
		w = cols[i].min < left ? cols[i].min : left;
		if (w < 0)
			w = 0;
		widths[i] = w;
		left -= w;
	}
	for (i = 0; i < n && left > 0; i++) {
		int more;
		if (widths[i] < 0)
			continue;
		more = cols[i].want - widths[i];
		if (more <= 0)
			continue;
		if (more > left)
			more = left;
		widths[i] += more;
		left -= more;
	}
	for (i = 0; i < n; i++)
		if (widths[i] < 0)
			widths[i] = 0;
	return vis;
}
