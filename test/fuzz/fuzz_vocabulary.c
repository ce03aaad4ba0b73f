/*-------------------------------------------------------------------------
 *
 * fuzz_vocabulary.c
 *	  libFuzzer target for the text input of the vocabulary types: the word
 *	  parser (element types) and the set parser (set types).
 *
 * Every input is fed to every vocabulary, as the type input functions get
 * it: to VocabularyParseWord with its exact length (so it may hold NULs,
 * and AddressSanitizer sees any read past its end: the input is not
 * copied) and to VocabularyParseSet as a NUL-terminated copy cut at its
 * first NUL, as sector_in and sectorset_in see a C string.  The invariants
 * below are checked on every call and any violation aborts, which libFuzzer
 * reports as a crash:
 *
 *	- a status is one of the enum's values, and a word parse never reports
 *	  set syntax; the error struct agrees with the returned status, and its
 *	  word lies inside the input;
 *	- a word parses exactly as the reference model of the documented rules
 *	  does (fuzz_common.c), whatever lookup structure vocabulary.c uses;
 *	- a parsed word's code is valid; a plain word (no comma, brace or NUL)
 *	  parses as a set to exactly that one member;
 *	- a parsed set names only terms of the vocabulary, and its text from
 *	  VocabularyFormatSet parses back to the same set;
 *	- parsing without an error struct gives the same result;
 *	- VocabularyFormatSet and VocabularyAcceptedWords write NUL-terminated
 *	  text shorter than the buffer, whatever its size (the input picks one
 *	  size per run; buffers are sized exactly, so ASan catches a one-byte
 *	  overflow).
 *
 * LLVMFuzzerInitialize runs the deterministic self-check of the tables
 * (FuzzSelfCheck), so running the binary once over the seed corpus is the
 * unit test (test/fuzz/run.sh does both).  The binary receive paths are
 * fuzz_receive.c's; the language and severity parsers fuzz_text.c's.
 *
 * test/fuzz/fuzz_vocabulary.c
 *
 *-------------------------------------------------------------------------
 */
#include "fuzz_common.h"

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void) argc;
	(void) argv;
	FuzzSelfCheck();
	return 0;
}

/* Does the input hold a byte that makes it more than one set element? */
static bool
IsPlainWord(const char *s, size_t len)
{
	size_t		i;

	for (i = 0; i < len; i++)
	{
		if (s[i] == '\0' || s[i] == ',' || s[i] == '{' || s[i] == '}')
			return false;
	}
	return true;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *input = (const char *) data;
	char	   *cstr;
	size_t		clen;
	bool		plain = IsPlainWord(input, size);
	int			v;

	/* the NUL-terminated copy a type input function would see */
	cstr = malloc(size + 1);
	if (cstr == NULL)
		abort();
	memcpy(cstr, data, size);
	cstr[size] = '\0';
	clen = strlen(cstr);

	for (v = 0; v < fuzz_nvocabularies; v++)
	{
		const Vocabulary *vocab = fuzz_vocabularies[v];
		VocabularyParseError error;
		VocabularyParseStatus status;
		VocabularyParseStatus status2;
		VocabularyCode code = 0xFF;
		VocabularyCode code2 = 0xFF;
		VocabularySet set = 0xFFFF;
		VocabularySet set2 = 0xFFFF;

		/* one word, exact length */
		memset(&error, 0x7f, sizeof(error));
		status = VocabularyParseWord(vocab, input, size, &code, &error);
		CHECK(FuzzStatusIsKnown(status) && status != VOCABULARY_BAD_SET_SYNTAX,
			  vocab, input, size);
		FuzzCheckAgainstModel(v, input, size, status, code, &error);
		status2 = VocabularyParseWord(vocab, input, size, &code2, NULL);
		CHECK(status2 == status, vocab, input, size);
		if (status == VOCABULARY_OK)
		{
			CHECK(VocabularyCodeIsValid(vocab, code), vocab, input, size);
			CHECK(code2 == code, vocab, input, size);

			/* a plain word is also a one-member set */
			if (plain)
			{
				status2 = VocabularyParseSet(vocab, cstr, clen, &set2, &error);
				if (status2 != VOCABULARY_OK ||
					set2 != (VocabularySet) (1 << code))
					FuzzFail(vocab, "a word parses but not as the one-member set",
							 input, size);
			}
		}
		else
			FuzzCheckError(vocab, status, &error, input, size);

		/* a set, NUL-terminated */
		memset(&error, 0x7f, sizeof(error));
		status = VocabularyParseSet(vocab, cstr, clen, &set, &error);
		CHECK(FuzzStatusIsKnown(status), vocab, input, size);
		set2 = 0xFFFF;
		status2 = VocabularyParseSet(vocab, cstr, clen, &set2, NULL);
		CHECK(status2 == status, vocab, input, size);
		if (status == VOCABULARY_OK)
		{
			CHECK(set2 == set, vocab, input, size);
			FuzzCheckSetRoundTrip(vocab, set, input, size);
		}
		else
			FuzzCheckError(vocab, status, &error, cstr, clen);
	}

	/*
	 * Formatting with input-chosen sets and buffer sizes: two bytes pick the
	 * vocabulary and buffer size, two more the mask (cut to valid members).
	 */
	if (size >= 4)
	{
		const Vocabulary *vocab = fuzz_vocabularies[data[0] % fuzz_nvocabularies];
		size_t		buflen = 1 + data[1] % 600;
		VocabularySet set = (VocabularySet) ((data[2] << 8) | data[3]);

		set &= VocabularyAllMembers(vocab);
		free(FuzzFormatSetChecked(vocab, set, buflen));
		FuzzCheckAcceptedWords(vocab, buflen);
	}

	free(cstr);
	return 0;
}
