/* region.c - the one region matcher: names, aliases and initials. */
#include <string.h>

#include "negotiator/region.h"
#include "negotiator/text.h"

#include "negotiator/currency.h"

/* Names that mean the same place; a region matches any name in its group. */
static const char *const region_groups[][7] = {
	{"San Francisco", "SF", "Bay Area", "SF Bay Area",
         "San Francisco Bay Area", "Silicon Valley", NULL},
	{"New York", "New York City", "NYC", NULL},
	{"Los Angeles", "LA", NULL},
	{"Jacksonville", "JAX", NULL},
	{"Washington", "Washington DC", "Washington D.C.", "DC", NULL},
	{"Bengaluru", "Bangalore", NULL},
	{"Mumbai", "Bombay", NULL},
	{"Gurugram", "Gurgaon", NULL},
	{"Munich", "München", NULL},
	{"Zurich", "Zürich", NULL},
	{"Cologne", "Köln", NULL},
	{"Dusseldorf", "Düsseldorf", NULL},
	{"Sao Paulo", "São Paulo", NULL},
	{"Montreal", "Montréal", NULL},
	{"Tel Aviv", "Tel Aviv-Yafo", "TLV", NULL},
	{"Ho Chi Minh City", "Saigon", "HCMC", NULL},
	{"Kyiv", "Kiev", NULL},
	{"Remote Global", "Global Remote", "Remote (Global)",
         "Remote Worldwide", NULL},
};

static bool ieq_len(const char *a, size_t alen, const char *b, size_t blen)
{
	size_t i;

	if (alen != blen)
		return false;
	for (i = 0; i < alen; i++)
		if (text_ascii_lower(a[i]) != text_ascii_lower(b[i]))
			return false;
	return true;
}

static bool is_word_sep(char c)
{
	return c == ' ' || c == '-';
}

/* "New York" is "NY" or "NYC": initials of two or more words, alone or
 * with a C for City.  Words are split at spaces and hyphens. */
static bool initials_match(const char *full, size_t flen, const char *abbr,
                           size_t alen)
{
	char ini[16];
	size_t i, n = 0;

	for (i = 0; i < flen; i++) {
		if (is_word_sep(full[i]) ||
		    (i > 0 && !is_word_sep(full[i - 1])))
			continue;
		if (n + 2 > sizeof ini)
			return false;
		ini[n++] = full[i];
	}
	if (n < 2)
		return false;
	if (ieq_len(ini, n, abbr, alen))
		return true;
	ini[n++] = 'C';
	return ieq_len(ini, n, abbr, alen);
}

static int region_group(const char *s, size_t len)
{
	size_t i, j;

	if (len == 0)
		return -1;
	/* Called for words all through a body: the first letter rules out
	 * almost every name before any length is taken. */
	for (i = 0; i < sizeof region_groups / sizeof *region_groups; i++)
		for (j = 0; region_groups[i][j]; j++)
			if (text_ascii_lower(region_groups[i][j][0]) ==
			            text_ascii_lower(s[0]) &&
			    ieq_len(region_groups[i][j],
			            strlen(region_groups[i][j]), s, len))
				return (int)i;
	return -1;
}

void region_query_init(struct region_query *q, const char *words, size_t len)
{
	if (!words)
		words = "", len = 0;
	while (len > 0 && (*words == ' ' || *words == '\t')) {
		words++;
		len--;
	}
	while (len > 0 && (words[len - 1] == ' ' || words[len - 1] == '\t'))
		len--;
	q->words = words;
	q->len = len;
	q->group = len > 0 ? region_group(words, len) : -1;
}

/* One name of a region against the query. */
static bool name_matches(const struct region_query *q, const char *name,
                         size_t n)
{
	if (n == 0)
		return false;
	/* The name itself and its initials both start with its first
	 * letter; only an alias from the group table may not. */
	if (text_ascii_lower(name[0]) == text_ascii_lower(q->words[0]) &&
	    (ieq_len(name, n, q->words, q->len) ||
	     initials_match(name, n, q->words, q->len) ||
	     initials_match(q->words, q->len, name, n)))
		return true;
	/* The group table is only searched when the words are an alias. */
	return q->group >= 0 && q->group == region_group(name, n);
}

static size_t trim(const char *s, size_t n, size_t *start)
{
	size_t a = 0;

	while (a < n && (s[a] == ' ' || s[a] == ','))
		a++;
	while (n > a && (s[n - 1] == ' ' || s[n - 1] == ','))
		n--;
	*start = a;
	return n - a;
}

bool region_query_matches(const struct region_query *q, const char *region)
{
	char name[128];
	const char *p, *e;
	size_t rlen;

	if (!region || q->len == 0)
		return false;
	rlen = strlen(region);
	if (name_matches(q, region, rlen))
		return true;
	/* The region's other names: without its parentheses ("New York
	 * (HQ)"), each of a " / " list ("Remote US / Other US"), the city of
	 * "Detroit, MI" and of "Brookfield WI". */
	for (p = region; *p; p = *e ? e + 1 : e) {
		size_t n = 0, a, len, k;

		for (e = p; *e && *e != '/'; e++)
			;
		for (k = 0; p + k < e && n + 1 < sizeof name; k++) {
			if (p[k] == '(') {
				while (p + k < e && p[k] != ')')
					k++;
				continue;
			}
			name[n++] = p[k];
		}
		len = trim(name, n, &a);
		if (len < rlen && name_matches(q, name + a, len))
			return true;
		for (k = a; k < a + len && name[k] != ','; k++)
			;
		if (k < a + len && name_matches(q, name + a, k - a))
			return true;
		if (len > 3 && name[a + len - 3] == ' ' &&
		    name[a + len - 2] >= 'A' && name[a + len - 2] <= 'Z' &&
		    name[a + len - 1] >= 'A' && name[a + len - 1] <= 'Z' &&
		    name_matches(q, name + a, len - 3))
			return true;
	}
	return false;
}

void region_aliases(const char *region,
                    void (*fn)(const char *alias, size_t len, void *ctx),
                    void *ctx)
{
	char ini[16];
	size_t i, n = 0, rlen = region ? strlen(region) : 0;
	int group;

	for (i = 0; i < rlen; i++) {
		if (is_word_sep(region[i]) ||
		    (i > 0 && !is_word_sep(region[i - 1])))
			continue;
		if (n + 2 > sizeof ini)
			break;
		ini[n++] = region[i];
	}
	if (n >= 2 && n + 2 <= sizeof ini) {
		fn(ini, n, ctx);
		ini[n] = 'C';
		fn(ini, n + 1, ctx);
	}
	group = rlen ? region_group(region, rlen) : -1;
	for (i = 0; group >= 0 && region_groups[group][i]; i++)
		fn(region_groups[group][i], strlen(region_groups[group][i]),
		   ctx);
}

/* Places and the currency they pay in. */
static const struct {
	const char *place;
	const char *code;
} place_currencies[] = {
	{"San Francisco", "USD"},
	{"New York", "USD"},
	{"Seattle", "USD"},
	{"Bay Area", "USD"},
	{"Silicon Valley", "USD"},
	{"Singapore", "SGD"},
	{"Tel Aviv", "ILS"},
	{"Israel", "ILS"},
	{"Herzliya", "ILS"},
	{"Haifa", "ILS"},
	{"Jerusalem", "ILS"},
	{"Sao Paulo", "BRL"},
	{"São Paulo", "BRL"},
	{"Brazil", "BRL"},
	{"Rio de Janeiro", "BRL"},
	{"Mexico", "MXN"},
	{"Guadalajara", "MXN"},
	{"Toronto", "CAD"},
	{"Vancouver", "CAD"},
	{"Montreal", "CAD"},
	{"Montréal", "CAD"},
	{"Ottawa", "CAD"},
	{"Waterloo", "CAD"},
	{"Calgary", "CAD"},
	{"Canada", "CAD"},
	{"Sydney", "AUD"},
	{"Melbourne", "AUD"},
	{"Brisbane", "AUD"},
	{"Australia", "AUD"},
	{"Hong Kong", "HKD"},
	{"Tokyo", "JPY"},
	{"Osaka", "JPY"},
	{"Japan", "JPY"},
	{"Bangalore", "INR"},
	{"Bengaluru", "INR"},
	{"Hyderabad", "INR"},
	{"Mumbai", "INR"},
	{"Pune", "INR"},
	{"Chennai", "INR"},
	{"Delhi", "INR"},
	{"Gurugram", "INR"},
	{"Gurgaon", "INR"},
	{"Noida", "INR"},
	{"India", "INR"},
	{"Zurich", "CHF"},
	{"Zürich", "CHF"},
	{"Geneva", "CHF"},
	{"Switzerland", "CHF"},
	{"London", "GBP"},
	{"Edinburgh", "GBP"},
	{"Manchester", "GBP"},
	{"Belfast", "GBP"},
	{"UK", "GBP"},
	{"United Kingdom", "GBP"},
	{"Beijing", "CNY"},
	{"Shanghai", "CNY"},
	{"Shenzhen", "CNY"},
	{"Hangzhou", "CNY"},
	{"China", "CNY"},
	{"Seoul", "KRW"},
	{"Korea", "KRW"},
	{"Taipei", "TWD"},
	{"Montevideo", "UYU"},
	{"Uruguay", "UYU"},
	{"Buenos Aires", "ARS"},
	{"Bogota", "COP"},
	{"Bogotá", "COP"},
	{"Santiago", "CLP"},
	{"Stockholm", "SEK"},
	{"Oslo", "NOK"},
	{"Copenhagen", "DKK"},
	{"Warsaw", "PLN"},
	{"Krakow", "PLN"},
	{"Kraków", "PLN"},
	{"Prague", "CZK"},
	{"Dubai", "AED"},
	{"Abu Dhabi", "AED"},
	{"Paris", "EUR"},
	{"Berlin", "EUR"},
	{"Munich", "EUR"},
	{"München", "EUR"},
	{"Amsterdam", "EUR"},
	{"Dublin", "EUR"},
	{"Madrid", "EUR"},
	{"Barcelona", "EUR"},
	{"Lisbon", "EUR"},
	{"Milan", "EUR"},
	{"Rome", "EUR"},
	{"Frankfurt", "EUR"},
	{"Hamburg", "EUR"},
	{"Vienna", "EUR"},
	{"Brussels", "EUR"},
	{"Helsinki", "EUR"},
	{"Tallinn", "EUR"},
	{"Athens", "EUR"},
	{"Luxembourg", "EUR"},
	{"Eindhoven", "EUR"},
	{"Veldhoven", "EUR"},
	{"Germany", "EUR"},
	{"France", "EUR"},
	{"Netherlands", "EUR"},
	{"Ireland", "EUR"},
	{"Spain", "EUR"},
	{"Portugal", "EUR"},
	{"Italy", "EUR"},
	{"Curitiba", "BRL"},
	{"Belo Horizonte", "BRL"},
	{"Florianopolis", "BRL"},
	{"Florianópolis", "BRL"},
	{"Jakarta", "IDR"},
	{"Indonesia", "IDR"},
	{"Ho Chi Minh", "VND"},
	{"Hanoi", "VND"},
	{"Vietnam", "VND"},
	{"Manila", "PHP"},
	{"Philippines", "PHP"},
	{"Bangkok", "THB"},
	{"Thailand", "THB"},
	{"Kuala Lumpur", "MYR"},
	{"Malaysia", "MYR"},
	{"Gothenburg", "SEK"},
	{"Malmö", "SEK"},
	{"Malmo", "SEK"},
	{"Sweden", "SEK"},
	{"Aarhus", "DKK"},
	{"Denmark", "DKK"},
	{"Bergen", "NOK"},
	{"Norway", "NOK"},
	{"Poland", "PLN"},
	{"Wroclaw", "PLN"},
	{"Wrocław", "PLN"},
	{"Czech", "CZK"},
	{"Brno", "CZK"},
	{"Auckland", "NZD"},
	{"Wellington", "NZD"},
	{"New Zealand", "NZD"},
	{"Cape Town", "ZAR"},
	{"Johannesburg", "ZAR"},
	{"South Africa", "ZAR"},
	{"Lagos", "NGN"},
	{"Nigeria", "NGN"},
	{"Nairobi", "KES"},
	{"Kenya", "KES"},
	{"Cairo", "EGP"},
	{"Egypt", "EGP"},
	{"Riyadh", "SAR"},
	{"Saudi", "SAR"},
	{"Istanbul", "TRY"},
	{"Turkey", "TRY"},
	{"Budapest", "HUF"},
	{"Hungary", "HUF"},
	{"Bucharest", "RON"},
	{"Romania", "RON"},
	{"Medellín", "COP"},
	{"Medellin", "COP"},
	{"Colombia", "COP"},
	{"Lima", "PEN"},
	{"Peru", "PEN"},
	{"Argentina", "ARS"},
	{"Chile", "CLP"},
	{"Taiwan", "TWD"},
	{"Hsinchu", "TWD"},
	{"Doha", "QAR"},
	{"Qatar", "QAR"},
	{"Karachi", "PKR"},
	{"Lahore", "PKR"},
	{"Pakistan", "PKR"},
	{"Dhaka", "BDT"},
	{"Colombo", "LKR"},
	{"Mexico City", "MXN"},
	{"Monterrey", "MXN"},
	{"UAE", "AED"},
	{"Sofia", "BGN"},
	{"Kyiv", "UAH"},
	{"Ukraine", "UAH"},
	{"Reykjavik", "ISK"},
};

/* "São Paulo (BRL)", "Tel Aviv - ILS": a region that writes its
 * currency's code in its name, as three capitals standing alone. */
static const char *code_in_name(const char *region)
{
	for (const char *p = region; *p; p++) {
		bool start = p == region ||
		             !((p[-1] | 0x20) >= 'a' && (p[-1] | 0x20) <= 'z');

		if (!start || strlen(p) < 3 ||
		    ((p[3] | 0x20) >= 'a' && (p[3] | 0x20) <= 'z'))
			continue;
		if (p[0] >= 'A' && p[0] <= 'Z' && currency_find(p))
			return currency_find(p);
	}
	return NULL;
}

bool region_names_currency(const char *region)
{
	return region && code_in_name(region) != NULL;
}

const char *region_currency(const char *region)
{
	const char *code;

	if (!region)
		return NULL;
	if ((code = code_in_name(region)) != NULL)
		return code;
	for (size_t i = 0;
	     i < sizeof place_currencies / sizeof *place_currencies; i++) {
		const char *at = region;
		size_t n = strlen(place_currencies[i].place);

		/* The place as a word of the name. */
		while ((at = strstr(at, place_currencies[i].place)) != NULL) {
			bool start = at == region || !((at[-1] | 0x20) >= 'a' &&
			                               (at[-1] | 0x20) <= 'z');
			bool end = !((at[n] | 0x20) >= 'a' &&
			             (at[n] | 0x20) <= 'z');

			if (start && end)
				return place_currencies[i].code;
			at += n;
		}
	}
	return NULL;
}

bool region_matches(const char *region, const char *words, size_t len)
{
	struct region_query q;

	if (!region || !words)
		return false;
	region_query_init(&q, words, len);
	return region_query_matches(&q, region);
}
