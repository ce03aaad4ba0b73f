/*-------------------------------------------------------------------------
 *
 * fuzz_receive.c
 *	  libFuzzer target for the binary receive paths of the vocabulary
 *	  types: VocabularyReceiveWord (every element type's *_recv) and
 *	  VocabularyReceiveSet (sectorset_recv, roleset_recv).
 *
 * The input is a binary value exactly as a *_recv function gets it after
 * pq_getmsgtext(): any bytes, NULs included, with their length.  It is fed
 * to every vocabulary without a copy (so AddressSanitizer sees any read
 * past its end), and checked:
 *
 *	- a value with a NUL byte is never received (text input cannot hold
 *	  one, and receive accepts exactly what text input accepts);
 *	- a value without one is received exactly as text input parses the
 *	  same bytes as a C string (sector_in, sectorset_in): same status, same
 *	  code or set;
 *	- a received element agrees with the reference model, and a received
 *	  set's binary form (VocabularyFormatSet, what *_send writes) is
 *	  received back as the same set;
 *	- a failed receive's error struct agrees with its status and its word
 *	  lies inside the value.
 *
 * test/fuzz/fuzz_receive.c
 *
 *-------------------------------------------------------------------------
 */
#include "fuzz_common.h"

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void) argc;
	(void) argv;
	FuzzModelInit();
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *value = (const char *) data;
	bool		has_nul = memchr(value, '\0', size) != NULL;
	char	   *cstr = NULL;
	int			v;

	/* what text input would see of the same bytes */
	if (!has_nul)
	{
		cstr = malloc(size + 1);
		if (cstr == NULL)
			abort();
		memcpy(cstr, data, size);
		cstr[size] = '\0';
	}

	for (v = 0; v < fuzz_nvocabularies; v++)
	{
		const Vocabulary *vocab = fuzz_vocabularies[v];
		VocabularyParseError error;
		VocabularyParseStatus status;
		VocabularyCode code = 0xFF;
		VocabularySet set = 0xFFFF;

		/* an element */
		memset(&error, 0x7f, sizeof(error));
		status = VocabularyReceiveWord(vocab, value, size, &code, &error);
		CHECK(FuzzStatusIsKnown(status) && status != VOCABULARY_BAD_SET_SYNTAX,
			  vocab, value, size);
		if (has_nul && status == VOCABULARY_OK)
			FuzzFail(vocab, "an element with a NUL byte is received",
					 value, size);
		FuzzCheckAgainstModel(v, value, size, status, code, &error);
		if (status == VOCABULARY_OK)
			CHECK(VocabularyCodeIsValid(vocab, code), vocab, value, size);
		else
			FuzzCheckError(vocab, status, &error, value, size);
		if (cstr != NULL)
		{
			VocabularyCode text_code = 0xFF;

			if (VocabularyParseWord(vocab, cstr, strlen(cstr), &text_code,
									NULL) != status ||
				(status == VOCABULARY_OK && text_code != code))
				FuzzFail(vocab, "an element is received otherwise than text input parses it",
						 value, size);
		}

		/* a set */
		memset(&error, 0x7f, sizeof(error));
		status = VocabularyReceiveSet(vocab, value, size, &set, &error);
		CHECK(FuzzStatusIsKnown(status), vocab, value, size);
		if (has_nul && status == VOCABULARY_OK)
			FuzzFail(vocab, "a set with a NUL byte is received", value, size);
		if (status == VOCABULARY_OK)
			FuzzCheckSetRoundTrip(vocab, set, value, size);
		else
			FuzzCheckError(vocab, status, &error, value, size);
		if (cstr != NULL)
		{
			VocabularySet text_set = 0xFFFF;

			if (VocabularyParseSet(vocab, cstr, strlen(cstr), &text_set,
								   NULL) != status ||
				(status == VOCABULARY_OK && text_set != set))
				FuzzFail(vocab, "a set is received otherwise than text input parses it",
						 value, size);
		}
	}

	free(cstr);
	return 0;
}
