/**
 * A strong passphrase she can read out or write down for her contact: random words from a small
 * built-in list of short, common English words (plain ASCII, so any keyboard and the `age` tool
 * can type them), chosen with `crypto.getRandomValues` and no bias.
 */

/** Words to choose from; each word adds log2(WORDS.length) ≈ 8.4 bits. */
export const WORDS: readonly string[] = `
acid acorn actor adobe agent alarm album alley amber anchor angle ankle apple april apron arena
armor arrow atlas attic autumn avenue bacon badge bagel baker bamboo banjo barn basil basin
beach beard beetle bench berry bicycle bison blade blanket blossom board bonus boots bottle
bowl brave bread brick bridge broom brush bucket buffalo bugle butter button cabin cactus camel
candle canoe canvas canyon carpet carrot castle cattle cedar cello chalk cherry chess chimney
cider cinema circus citrus clay cliff clock cloud clover coast cobalt cocoa coffee comet copper
coral cotton cousin coyote crane crayon cricket crown cup curtain cycle daisy dancer delta
desert diary dinner dolphin donkey dragon drum duck eagle easel echo elbow elder ember engine
falcon fancy feather fence fern ferry fiddle field finch flute forest fossil fox frog garden
garlic gecko ginger glacier globe glove goat gold grape gravel guitar hammer harbor harvest
hazel helmet heron hill honey hotel igloo indigo iris island ivory jacket jaguar jasmine jelly
jungle kayak kettle kite koala ladder lake lamp lantern lemon lentil lily lime linen lion
lizard llama lobster locket lotus magnet mango maple marble meadow melon mint mirror mitten
moon moose mosaic moss motor mountain mug museum music napkin nectar needle nest noodle nutmeg
oasis ocean olive onion orange orbit orchid otter owl oyster paddle palm panda paper parrot
pasta peach peanut pearl pebble pencil pepper piano pickle pigeon pillow pilot pine planet plum
pocket poem pony poppy potato pottery prism pumpkin puzzle quail quilt rabbit radio rain raisin
raven ribbon river robin rocket rose ruby saddle salad salmon sand scarf seal shell shovel
silver sketch sled snail snow socks sofa spoon spring squash star stone sugar summer sunset
swan table tango teapot tent thistle tiger timber toast tomato torch tower tulip tunnel turtle
umbrella valley vanilla velvet violin walnut walrus wagon whale wheat willow window winter wolf
wool yogurt zebra zinnia basket beaver candy clarinet dune feast hedge jigsaw kiwi lagoon mural
nickel panther pretzel rhino sparrow thimble viola waffle yarn
`
  .trim()
  .split(/\s+/);

/** How many words a suggested passphrase has: 6 × 8.4 ≈ 50 bits. */
export const PASSPHRASE_WORDS = 6;

/** A uniformly random integer in [0, n), from the platform's secure random source. */
function randomBelow(n: number): number {
  const limit = Math.floor(0x1_0000_0000 / n) * n;
  const buf = new Uint32Array(1);
  for (;;) {
    crypto.getRandomValues(buf);
    const x = buf[0] ?? 0;
    if (x < limit) return x % n;
  }
}

/** Suggests a passphrase of `count` random words separated by hyphens. */
export function suggestPassphrase(count = PASSPHRASE_WORDS): string {
  return Array.from({ length: count }, () => WORDS[randomBelow(WORDS.length)]).join('-');
}
