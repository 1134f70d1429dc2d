import { describe, expect, it } from 'vitest';
import { describeMap, whoInSentence } from '@/geo/describe-map';
import { describePicture } from '@/geo/describe-picture';
import { loadBuildup } from '@/geo/load-buildup';

describe('describeMap: the map in words (the alt text of exports)', () => {
  it('writes a claimant that starts a sentence with a capital as part of this one, and one bracket for who counts', () => {
    expect(whoInSentence('A Ukrainian intelligence report shared with CNN', "Ukraine's officials")).toBe("a Ukrainian intelligence report shared with CNN (Ukraine's officials)");
    expect(whoInSentence('Linda Thomas-Greenfield, U.S. Ambassador to the UN (in CNN\'s headline)', 'U.S. government')).toBe("Linda Thomas-Greenfield, U.S. Ambassador to the UN (in CNN's headline; U.S. government)");
    expect(whoInSentence('Antonio Guterres', null)).toBe('Antonio Guterres');
  });
  it('says the figures of 18 February 2022 with who gave them and their source numbers', () => {
    const buildup = loadBuildup();
    const text = describeMap(buildup, buildup.steps.indexOf('2022-02-18'));
    expect(text).toMatch(/^Map of Ukraine and its neighbours as of 18 February 2022\. Crimea, Ukrainian territory occupied by Russia since 2014/);
    // "reported in" a report: "reported by a Ukrainian intelligence report" said it twice.
    expect(text).toContain('more than 148,000 troops (total of all troops), reported in a Ukrainian intelligence report shared with CNN (Ukraine\'s officials), source 31, drawn as a solid circle');
    expect(text).toContain('169,000 to 190,000 troops (in and near Ukraine, counting Belarus, Crimea, the National Guard, separatists), an estimate by Michael Carpenter, U.S. ambassador to the OSCE, to an OSCE meeting (U.S. government), source 33');
    // Each figure says what it covers, as the picture's sources do: Danilov's 122,000 was read as the whole buildup.
    expect(describeMap(buildup, buildup.steps.indexOf('2021-12-22'))).toContain('nearly 122,000 troops (within 200 km), reported by Oleksiy Danilov');
    // The Baltic states lie north of Ukraine, beyond Belarus: "To the west lie" the nine put them west of it.
    expect(text).toContain('West of Russia, from the Baltic to the Black Sea, lie the nine NATO eastern-flank countries: Bulgaria, Czechia, Estonia,');
    expect(text).not.toContain('To the west');
    expect(text).not.toMatch(/\) \(/);
    // A picture's words add the numbers without a circle, by place: the invasion on Ukraine once went unsaid; a second flank statement has no number.
    const last = describePicture(buildup, buildup.steps.length - 1);
    expect(describeMap(buildup, buildup.steps.length - 1)).not.toContain('Numbers without a circle');
    expect(last).toContain('Numbers without a circle mark what was said of a place: source 14 on Crimea, a statement of fact by RFE/RL; source 15 on NATO\'s eastern flank, a conditional statement by a senior U.S. administration official; source 36 on Ukraine, a statement of fact by Associated Press.');
    expect(text).toContain('more than 30,000 troops near the Belarus–Ukraine border, a projection by Linda Thomas-Greenfield, U.S. Ambassador to the UN, at the Security Council (U.S. government), source 26');
  });
});
