/*-------------------------------------------------------------------------
 *
 * plan_shape.h
 *	  Keep the plans of the per-partnership lookups on their indexes,
 *	  whatever the statistics say (see plan_shape.c).
 *
 * src/registry/plan_shape.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PARTNERSHIP_PLAN_SHAPE_H
#define PARTNERSHIP_PLAN_SHAPE_H

extern int	PlanShapeIndexLookupsBegin(void);
extern void PlanShapeIndexLookupsEnd(int nestlevel);

#endif							/* PARTNERSHIP_PLAN_SHAPE_H */
