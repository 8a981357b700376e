import type { ChatSession } from '../../src/dev/chat-session.js';

const MORE = /^(Xem thêm|See more) ▶$/;

/** Every screen of /actions from the first, reached with its "see more" button, as one text. */
export async function allActionScreens(session: ChatSession): Promise<string> {
  const first = await session.send('/actions');
  const screens = [first.texts[0]!];
  let message = first.sent[0]!;
  while (session.buttons(message).some((label) => MORE.test(label))) {
    message = (await session.press(MORE, message)).edited[0]!;
    screens.push(message.text!);
  }
  return screens.join('\n');
}
