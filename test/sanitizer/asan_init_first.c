/*-------------------------------------------------------------------------
 *
 * asan_init_first.c
 *	  A preload library that lets Debian's PostgreSQL server run with the
 *	  AddressSanitizer runtime preloaded (test/scripts/suite-sanitizer.sh).
 *
 * Preloading libasan into an uninstrumented server hangs it before main()
 * on Debian 12.  The server links libgpg-error (libsystemd needs libgcrypt,
 * which needs it), whose constructor calls bindtextdomain() before the ASan
 * runtime's own initialiser has run.  bindtextdomain() allocates while it
 * holds glibc's _nl_state_lock; that first malloc() initialises ASan, and
 * ASan's initialisation calls dlerror(), hence dcgettext(), which takes and
 * releases the same lock.  The lock's reader count underflows, and the next
 * bindtextdomain() (the server's own, in set_pglocale_pgservice) waits for
 * ever.  This library, preloaded right after libasan, wraps bindtextdomain()
 * so that one allocation initialises ASan before the lock is taken.
 *
 * Built and used only by the sanitizer suite; never installed.
 *
 * test/sanitizer/asan_init_first.c
 *
 *-------------------------------------------------------------------------
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdlib.h>

char	   *bindtextdomain(const char *domainname, const char *dirname);

char *
bindtextdomain(const char *domainname, const char *dirname)
{
	static char *(*real_bindtextdomain) (const char *, const char *);

	/* volatile, or the compiler drops the pair */
	void	   *volatile first = malloc(1);

	free(first);
	if (real_bindtextdomain == NULL)
		real_bindtextdomain = (char *(*) (const char *, const char *))
			dlsym(RTLD_NEXT, "bindtextdomain");
	return real_bindtextdomain(domainname, dirname);
}
