import { MockAgent, setGlobalDispatcher } from 'undici';

/**
 * Tests never leave the machine: the global fetch may only reach loopback.
 * Clients with their own HTTP stack are pointed at loopback fakes by their tests.
 */
const agent = new MockAgent();
agent.disableNetConnect();
agent.enableNetConnect(/^(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/);
setGlobalDispatcher(agent);
