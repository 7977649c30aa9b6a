use std::cmp::Ordering;

fn main() {
    for o in [Ordering::Less, Ordering::Equal, Ordering::Greater] {
        println!("{:?}: lt={} le={} gt={} ge={} eq={} ne={}",
                 o, o.is_lt(), o.is_le(), o.is_gt(), o.is_ge(), o.is_eq(), o.is_ne());
    }
}
