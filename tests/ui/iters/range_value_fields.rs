// A range is a value: its fields, `contains`, `is_empty`, and a loop over it later.
fn main() {
    let r = 2..6;
    println!("{} {}", r.start, r.end);
    println!("{} {}", r.contains(&5), r.contains(&6));
    println!("{} {}", r.is_empty(), (3..3).is_empty());
    let inc = 1..=3;
    println!("{} {} {}", inc.start(), inc.end(), inc.contains(&3));
    for x in r {
        print!("{}", x);
    }
    println!();
}
