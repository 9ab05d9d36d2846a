/* heap.h - the unit tests' measure of the heap in use (memory rows of
 * issues 18 and 20): glibc's count; 0 where mallinfo2 is not counted,
 * as under ASan, whose leak check then stands in for it. */
#ifndef NEGOTIATOR_TEST_HEAP_H
#define NEGOTIATOR_TEST_HEAP_H

#include <malloc.h>
#include <stddef.h>

static inline size_t heap_in_use(void)
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 33)
	return mallinfo2().uordblks;
#else
	return 0;
#endif
}

#endif
