import type { Template } from './template.js';

/**
 * "A World of Powerful Partnerships" (Next Library workshop): facilitators open with written
 * examples from their countries, small groups share and reflect, the findings are pulled
 * together under a few headings, and the room decides what matters most.
 */
export const libraryPartnerships: Template = {
  id: 'library-partnerships',
  name: 'A World of Powerful Partnerships',
  description:
    'Library partnerships across countries: inspiring examples, small-group sharing, findings under a few headings, a vote on what matters most.',
  steps: [
    {
      id: 'examples',
      title: 'Examples from around the world',
      prompt:
        'Read the examples from the facilitators’ countries. Which partnership outcome surprises or inspires you most? Add an example of your own.',
      activity: 'examples',
      kinds: ['example'],
      posting: true,
      visibility: 'all',
      durationSec: 10 * 60,
    },
    {
      id: 'discuss',
      title: 'Share your partnership stories',
      prompt:
        'In your group, take turns: describe one partnership your library is part of. Who are the partners, what did it make possible, what was hard? Post each story as an example.',
      activity: 'discuss',
      kinds: ['example'],
      posting: true,
      visibility: 'group',
      durationSec: 20 * 60,
    },
    {
      id: 'findings',
      title: 'What did you learn?',
      prompt:
        'What do partnerships give libraries and communities? What makes them work, and what makes them fail? Post one finding per card.',
      activity: 'post',
      kinds: ['finding'],
      posting: true,
      visibility: 'group',
      durationSec: 15 * 60,
    },
    {
      id: 'themes',
      title: 'Pulling the findings together',
      prompt:
        'Look at the board: are these the right headings? Tell the facilitator what is missing.',
      activity: 'themes',
      kinds: ['finding'],
      posting: true,
      visibility: 'all',
      durationSec: 10 * 60,
    },
    {
      id: 'vote',
      title: 'What matters most?',
      prompt: 'You have 3 votes. Give them to the findings you would take home to your library.',
      activity: 'vote',
      kinds: ['finding'],
      posting: false,
      visibility: 'all',
      durationSec: 5 * 60,
      voting: { target: 'cards', perParticipant: 3, allowMultiple: false, counts: 'hidden' },
    },
    {
      id: 'wrapup',
      title: 'Wrap-up',
      prompt: 'Thank you! The findings will be shared with everyone after the session.',
      activity: 'wrapup',
      kinds: ['finding'],
      posting: false,
      visibility: 'all',
      durationSec: null,
    },
  ],
  examples: [
    {
      text: 'Computer training and job development for youth who have dropped out of school',
      country: 'Indonesia',
    },
    {
      text: 'Continual learning opportunities to reduce isolation of solo librarians',
      country: 'Vietnam',
    },
    { text: 'Formal alignment of library/community development priorities', country: 'Romania' },
    {
      text: 'New learning content for library staff through diverse partnerships',
      country: 'Latvia',
    },
    { text: 'Creation of a library leadership development program', country: 'Ukraine' },
    { text: 'Increased skills of library staff to meet community needs', country: 'Lithuania' },
    { text: 'Expanded training offerings for community members', country: 'Colombia' },
    { text: 'Community members connected with e-governance services', country: 'Moldova' },
    {
      text: 'Social change through dialogue between global innovators and local implementers',
      country: 'Poland',
    },
  ],
  themes: [
    'Partnerships benefit communities and libraries',
    'Developing strong partnerships takes action, experimentation, and willingness to learn',
    'Shared elements of successful library partnerships',
  ],
};
