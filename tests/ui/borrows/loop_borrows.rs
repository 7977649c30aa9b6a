// A borrow made in each iteration ends within it; a borrow held across
// iterations is only read.
fn main() {
    let mut sum = 0;
    let data = [3, 4, 5];
    let first = &data[0];
    for i in 0..3 {
        let cur = &data[i];
        sum += *cur + *first;
        let s = &mut sum;
        *s += 1;
    }
    println!("{sum}");
}
