// `T: Ord` brings `Eq` and `PartialOrd` (its supertraits) for the calls it makes.
fn all_same<T: Eq>(xs: &[T]) -> bool {
    for x in xs {
        if *x != xs[0] {
            return false;
        }
    }
    true
}

fn ordered_pair<T: PartialOrd>(a: &T, b: &T) -> bool {
    a <= b
}

fn check<T: Ord>(xs: &[T]) -> bool {
    all_same(xs) || ordered_pair(&xs[0], &xs[1])
}

fn main() {
    println!("{}", check(&[2, 2, 2]));
    println!("{}", check(&[5, 1, 3]));
    println!("{}", check(&["b", "c"]));
}
