/* The entry point of each unit test of tests/unit/units.c: each test's
 * main, renamed by the compiler's -Dmain=unit_main_test_X (the Makefile),
 * is declared here; units.h, written by make, lists the tests. */
#ifndef NEGOTIATOR_UNIT_MAIN_H
#define NEGOTIATOR_UNIT_MAIN_H

#define UNIT(name) int unit_main_##name(void);
#include "units.h"
#undef UNIT

#endif
