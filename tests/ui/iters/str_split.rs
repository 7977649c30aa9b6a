// `split` by a `char` or by text, with `map` and `sum` over the pieces' lengths.
fn main() {
    for part in "a,b,,c".split(',') {
        print!("[{}]", part);
    }
    println!();
    let lens: usize = "one--three--five".split("--").map(|p| p.len()).sum();
    println!("{}", lens);
    println!("{:?}", "x y z".split(' ').nth(2));
    println!("{:?}", "x y z".split(' ').last());
}
