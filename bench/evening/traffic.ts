// What each scheduled arrival sends. For the bot: the next step of an owner's session that is waiting (its
// previous answer is back), else the first step of a new session of an idle owner. For the bare bot: a text
// message from the next owner. Every post's outcome goes to the phase it was sent in.
import type { Update } from 'grammy/types';
import type { BotApiStandIn } from '../../src/dev/bot-api-stand-in.js';
import type { ChatWatch } from './chats.js';
import type { LatencyClass, Outcome, Sample } from './figures.js';
import type { PostResult, WebhookPoster } from './poster.js';
import { chartStep, eveningSession, type Owner, ownerAt, type Session, type Step } from './sessions.js';

/** The endpoint answers 200 after 10 s whether the update is handled or not. */
const ANSWER_WITHIN_MS = 10_000;
/** How long an owner whose update timed out stays out of the traffic before the chat is cleared. */
const RESTING_AFTER_TIMEOUT_MS = 30_000;

/** Collects the samples of the phase running now; a post belongs to the phase it was sent in. */
export class Recorder {
  private started = performance.now();
  private sink: Sample[] = [];
  /** Arrivals with no idle owner to send them (the bot is holding every owner's previous update). */
  noOwner = 0;

  begin(): Sample[] {
    this.started = performance.now();
    this.sink = [];
    this.noOwner = 0;
    return this.sink;
  }

  /** Starts one sample; call the returned function with its outcome. */
  start(cls: LatencyClass, kind: Sample['kind']): (ms: number, outcome: Outcome) => void {
    const sink = this.sink;
    const at = performance.now() - this.started;
    return (ms, outcome) => sink.push({ at, ms, cls, kind, outcome });
  }
}

export interface Traffic {
  arrive(): void;
  readonly inFlight: number;
}

/** The outcome the HTTP answer alone decides (undefined: answered 200 in time, the chat tells the rest). */
function transportOutcome(result: PostResult): Outcome | undefined {
  if (result.ms >= ANSWER_WITHIN_MS) return 'timeout';
  return result.status === 200 ? undefined : 'non200';
}

export class EveningTraffic implements Traffic {
  private readonly ready: Session[] = [];
  private readonly idle: number[];
  inFlight = 0;

  constructor(
    private readonly deps: {
      standIn: BotApiStandIn;
      watch: ChatWatch;
      poster: WebhookPoster;
      recorder: Recorder;
      random: () => number;
    },
    owners: number,
  ) {
    this.idle = Array.from({ length: owners }, (_, i) => i);
  }

  arrive(): void {
    const session = this.ready.shift() ?? this.startSession();
    if (!session) {
      this.deps.recorder.noOwner += 1;
      return;
    }
    void this.send(session);
  }

  /** `count` chart requests at once, from owners not in a session. */
  burstCharts(count: number): void {
    for (let i = 0; i < count; i++) {
      const index = this.idle.shift();
      if (index === undefined) break;
      void this.send({ owner: ownerAt(index), steps: [chartStep(this.deps.random)], next: 0 }, 'burst-chart');
    }
  }

  private startSession(): Session | undefined {
    const index = this.idle.shift();
    return index === undefined ? undefined : eveningSession(ownerAt(index), this.deps.random);
  }

  private async send(session: Session, tag?: 'burst-chart'): Promise<void> {
    const step = session.steps[session.next]!;
    const cls = step.kind === 'chart' ? 'chart' : 'text';
    const done = this.deps.recorder.start(cls, tag ?? step.kind);
    const update = this.updateFor(session.owner, step);
    if (!update) {
      done(Number.NaN, 'wrongAnswer');
      return this.end(session);
    }
    this.inFlight += 1;
    const result = await this.deps.poster.post(update);
    this.inFlight -= 1;
    const outcome = this.outcomeOf(session.owner, update, result);
    done(result.ms, outcome);
    session.next += 1;
    // After an error the owner's next step (a Save press on a card) may not exist: the session ends.
    if (outcome === 'ok' && session.next < session.steps.length) this.ready.push(session);
    else if (outcome === 'timeout') {
      // The bot may still be handling the update (and editing the chat's messages): the owner rests first.
      setTimeout(() => void this.end(session), RESTING_AFTER_TIMEOUT_MS);
    } else await this.end(session);
  }

  private updateFor(owner: Owner, step: Step): Update | undefined {
    const { standIn, watch } = this.deps;
    if (step.text !== undefined) return standIn.textUpdate(owner, step.text);
    const button = watch.takeSaveButton(owner.id);
    return button && standIn.callbackUpdate(owner, button.message, button.data);
  }

  private outcomeOf(owner: Owner, update: Update, result: PostResult): Outcome {
    const { watch } = this.deps;
    const errorReply = watch.takeErrorReply(owner.id);
    const transport = transportOutcome(result);
    if (transport) return transport;
    if (errorReply) return 'errorReply';
    const query = update.callback_query;
    if (!query) return 'ok';
    const answer = watch.takeButtonAnswer(query.id);
    if (answer !== undefined && watch.isErrorText(answer)) return 'errorReply';
    return answer !== undefined && watch.isSavedAnswer(answer) ? 'ok' : 'wrongAnswer';
  }

  private async end(session: Session): Promise<void> {
    await this.deps.watch.forget(session.owner.id);
    this.idle.push(session.owner.id - ownerAt(0).id);
  }
}

/** The bare bot's traffic: one text message per arrival, owners in turn. */
export class BareTraffic implements Traffic {
  private nextOwner = 0;
  inFlight = 0;

  constructor(
    private readonly deps: {
      standIn: BotApiStandIn;
      watch: ChatWatch;
      poster: WebhookPoster;
      recorder: Recorder;
    },
    private readonly owners: number,
  ) {}

  arrive(): void {
    const owner = ownerAt(this.nextOwner++ % this.owners);
    const done = this.deps.recorder.start('text', 'bare');
    this.inFlight += 1;
    void this.deps.poster.post(this.deps.standIn.textUpdate(owner, '15 8tr5 2tr 85')).then((result) => {
      this.inFlight -= 1;
      done(result.ms, transportOutcome(result) ?? 'ok');
      return this.deps.watch.forget(owner.id);
    });
  }
}
