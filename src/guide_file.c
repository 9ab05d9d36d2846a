/* guide_file.c - read a guide's file whole, within the size limit. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "guide_file.h"
#include "negotiator/guide.h"
#include "negotiator/text.h"

bool guide_file_size_ok(uintmax_t size, struct diag_list *errs)
{
	if (size <= GUIDE_MAX_FILE_BYTES)
		return true;
	diag_add(errs, DIAG_ERROR, 0, "file is %ju bytes; the limit is %u",
	         size, GUIDE_MAX_FILE_BYTES);
	return false;
}

bool guide_file_read(const char *path, char **out, size_t *len,
                     struct diag_list *errs)
{
	struct stat st;
	size_t have = 0, cap;
	char *buf;
	int fd;

	*out = NULL;
	*len = 0;
	fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0) {
		diag_add(errs, DIAG_ERROR, 0, "cannot open: %s",
		         strerror(errno));
		return false;
	}
	if (fstat(fd, &st) != 0) {
		diag_add(errs, DIAG_ERROR, 0, "cannot read: %s",
		         strerror(errno));
		close(fd);
		return false;
	}
	if (S_ISDIR(st.st_mode) || !S_ISREG(st.st_mode)) {
		diag_add(errs, DIAG_ERROR, 0, "%s",
		         S_ISDIR(st.st_mode) ? "is a folder, not a file"
		                             : "not a regular file");
		close(fd);
		return false;
	}
	if (!guide_file_size_ok((uintmax_t)st.st_size, errs)) {
		close(fd);
		return false;
	}
	/* One byte of slack shows a file that grew past the limit. */
	cap = (size_t)st.st_size + 2;
	buf = xmalloc(cap);
	for (;;) {
		ssize_t r = read(fd, buf + have, cap - 1 - have);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			diag_add(errs, DIAG_ERROR, 0, "cannot read: %s",
			         strerror(errno));
			free(buf);
			close(fd);
			return false;
		}
		if (r == 0)
			break;
		have += (size_t)r;
		if (have == cap - 1) {
			if (!guide_file_size_ok(have, errs)) {
				free(buf);
				close(fd);
				return false;
			}
			cap = cap * 2 > GUIDE_MAX_FILE_BYTES + 2u
			              ? GUIDE_MAX_FILE_BYTES + 2u
			              : cap * 2;
			buf = xrealloc(buf, cap);
		}
	}
	close(fd);
	buf[have] = '\0';
	*out = buf;
	*len = have;
	return true;
}
