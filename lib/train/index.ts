// `@kala/engine/train`: LoRA training of KALA models (Trainer), the training-data reader and
// the adapter options.
export { Trainer, type TrainerOptions, type Batch, type StepResult, type StepEvent, type FitOptions, type FitResult, type LossResult } from './trainer.js';
export { type LoraOptions, DEFAULT_LORA } from '../formats/adapter.js';
export { readExamples, encodeExample, type TrainingExample, type EncodedExample } from './data.js';
export { renderChat, chatSegments, type ChatMessage } from '../chat.js';
export * from '../util/errors.js';
