export * from './evaluation.model.ts';
export { evaluationRejections } from './evaluation.rejections.ts';
export { rateCase, publicRatingView, loadEvaluationSettings } from './evaluation.service.ts';
export { isPoor, levelOf, scoreOf } from './evaluation.rules.ts';
export { recountCallbackDeadlines } from './evaluation.deadlines.ts';
