/* typed_offers.h - for the unit tests: offers written as offers_input
 * literals (offers.h) put into a negotiation's typed model
 * (negotiation.h), as the command line builds it: the competing ones
 * numbered from 1 in their order, the company's last.  A flag given
 * says yes, but the company's Private, which stays the guide's reading
 * unless said. */
#ifndef NEGOTIATOR_TESTS_TYPED_OFFERS_H
#define NEGOTIATOR_TESTS_TYPED_OFFERS_H

#include <stdio.h>

#include "negotiator/negotiation.h"
#include "negotiator/offers.h"

static inline void typed_offers(struct negotiation *n,
                                const struct offers_input *in, size_t count)
{
	for (size_t i = 0; i < count; i++) {
		bool company = in[i].company;
		struct neg_offer *o = negotiation_offer_get(
			n, company ? NEG_COMPANY : (int)i + 1);
		if (!o)
			continue;
		negotiation_offer_set_name(o, in[i].name);
		snprintf(o->currency, sizeof o->currency, "%s",
		         in[i].currency ? in[i].currency : "");
		for (int p = 0; p < PART_COUNT; p++) {
			const struct entry *e = &in[i].entry;
			negotiation_offer_set_text(o, (enum part_id)p, e->text[p]);
			o->per_year[p] = e->per_year[p];
			o->said[p] = e->said[p] ||
			             (e->on[p] && !(company && p == PART_PRIVATE));
			o->on[p] = o->said[p] && e->on[p];
		}
	}
}

#endif
