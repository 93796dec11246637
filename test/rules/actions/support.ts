import {RuleTester} from '../../support/rule-tester.js'

/** A dispatch email around the body under test: the body starts on line 3 and its ending on line 5. */
export const tester = new RuleTester({
  wrap: (ending) =>
    `Dear Ms Brown,\n\nYour order 73310 was dispatched from our warehouse today.\n\n${ending}\n\nKind regards,\nSophie Turner\nTollgate Boots`
})
