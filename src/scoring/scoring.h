/*-------------------------------------------------------------------------
 *
 * scoring.h
 *	  Helpers shared by the scoring code: the likert() aggregate
 *	  (likert.c) and the scoring functions (scoring.c).
 *
 * src/scoring/scoring.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PARTNERSHIP_SCORING_H
#define PARTNERSHIP_SCORING_H

/*
 * Wilder Collaboration Factors Inventory bands of a 1-5 mean, from the
 * lowest: 0 concern (< 3.0), 1 borderline (3.0 to < 4.0), 2 strength
 * (>= 4.0).
 */
#define SCORING_BAND_CONCERN	0
#define SCORING_BAND_BORDERLINE 1
#define SCORING_BAND_STRENGTH	2

extern const char *ScoringStatusName(int band);

#endif							/* PARTNERSHIP_SCORING_H */
