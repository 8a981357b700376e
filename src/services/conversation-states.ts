// The conversations plugin's storage: what a flow keeps between updates, stored as the plugin hands it over.
export {
  deleteConversationState,
  readConversationStates,
  writeConversationState,
} from '../db/queries/conversation-states.js';
