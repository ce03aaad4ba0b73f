/*-------------------------------------------------------------------------
 *
 * messages.h
 *	  The message catalogue: every message a user can cause, in English and
 *	  Indonesian, in one table (messages.c) built from the definition lists
 *	  in src/messages/ (one .def file per family).  partnership.language picks the language at the
 *	  moment a message is written.
 *
 *	  A definition list holds lines of two forms:
 *
 *		MESSAGE(ID, "english", "indonesia")
 *		MESSAGE_PLURAL(ID, "english one", "english many",
 *					   "indonesia satu", "indonesia banyak")
 *
 *	  The texts are printf formats; both languages of one entry take the
 *	  same arguments in the same order (sql/messages.sql checks it for every
 *	  entry).  Plural entries are picked by a count, as errmsg_plural does.
 *
 *	  Use from ereport():
 *
 *		ereport(ERROR,
 *				errcode(ERRCODE_CHECK_VIOLATION),
 *				errmsg_cat(MSG_CHECK_ADDENDUM_NO_AMENDS, number),
 *				errhint_cat(MSG_CHECK_ADDENDUM_NO_AMENDS_HINT));
 *
 *	  and MessageFormat(ID, n, ...) for a palloc'd text (the rules'
 *	  messages, which check() returns as values).
 *
 * src/messages.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PARTNERSHIP_MESSAGES_H
#define PARTNERSHIP_MESSAGES_H

/* Every entry of the catalogue, one enum value each. */
typedef enum MessageId
{
#define MESSAGE(id, en, idn) id,
#define MESSAGE_PLURAL(id, en_one, en_many, id_one, id_many) id,
#include "messages/all.def"
#undef MESSAGE
#undef MESSAGE_PLURAL
	NUM_MESSAGES
} MessageId;

/* The format of an entry in the session's language, for count n. */
extern const char *MessageText(MessageId id, unsigned long n);

/* The entry formatted with its arguments, palloc'd. */
extern char *MessageFormat(MessageId id, unsigned long n,...);

/*
 * ereport() auxiliaries, like errmsg(), errdetail() and errhint(); the
 * _plural forms pick the entry's form for the count n (an argument of the
 * format like any other: pass it again if the text prints it).
 */
extern int	errmsg_cat(MessageId id,...);
extern int	errmsg_cat_plural(MessageId id, unsigned long n,...);
extern int	errdetail_cat(MessageId id,...);
extern int	errdetail_cat_plural(MessageId id, unsigned long n,...);
extern int	errhint_cat(MessageId id,...);

#endif							/* PARTNERSHIP_MESSAGES_H */
