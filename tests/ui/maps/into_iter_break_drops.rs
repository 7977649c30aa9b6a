use std::collections::{BTreeMap, VecDeque};

struct Loud(u8);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let q = VecDeque::from([Loud(4), Loud(5)]);
    for x in q {
        if x.0 == 4 {
            break;
        }
    }
    let b = BTreeMap::from([(2, Loud(7)), (1, Loud(6))]);
    for (k, x) in b {
        println!("key {k}");
        if x.0 == 6 {
            break;
        }
    }
    println!("end");
}
