// The classic dangling reference: `x` dies while `r` still points at it.
fn main() {
    let r;
    {
        let x = 5;
        r = &x;
    }
    println!("r: {r}");
}
