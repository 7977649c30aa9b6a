//@ mode: run
// Breaking out of an outer loop from an inner one with a label.
fn main() {
    let mut found = (0, 0);
    'search: for a in 1..20 {
        for b in a..20 {
            if a * a + b * b == 13 * 13 {
                found = (a, b);
                break 'search;
            }
        }
    }
    println!("found {:?}", found);
    let mut count = 0;
    'outer: for i in 0..5 {
        for j in 0..5 {
            if j > i {
                continue 'outer;
            }
            count += 1;
        }
    }
    println!("count = {count}");
}
