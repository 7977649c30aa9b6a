use std::collections::HashSet;

fn main() {
    let a: HashSet<i32> = HashSet::from([1, 2, 3, 4]);
    let b: HashSet<i32> = HashSet::from([3, 4, 5]);
    let union: i32 = a.union(&b).sum();
    let both: i32 = a.intersection(&b).sum();
    let only_a: i32 = a.difference(&b).sum();
    println!("{union} {both} {only_a}");
    println!("{} {}", a.union(&b).count(), a.is_subset(&b));
    let mut odd = 0;
    for x in a.symmetric_difference(&b) {
        if x % 2 == 1 {
            odd += 1;
        }
    }
    println!("{odd}");
}
