// Every chat update starts by reading who sent it (their user, current shop and settings) and the state of
// their open flows in this chat, in one statement.
export { loadOwnerAndConversationStates as loadSender, type SenderReads } from '../db/queries/owners.js';
