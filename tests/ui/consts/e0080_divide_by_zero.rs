//@ mode: check
// Division by zero in a constant.
const ITEMS: u32 = 10;
const GROUPS: u32 = 0;
const PER_GROUP: u32 = ITEMS / GROUPS;

fn main() {
    println!("{PER_GROUP}");
}
