// A `&mut` to a variable that holds a reference: the `&mut` ends early, what is
// written through it lives on in the variable.
fn set(s: &mut &str) {
    *s = "hi";
}

fn main() {
    let z = 0;
    let mut r = &z;
    let mut w = "a";
    set(&mut w);
    let y = 5;
    {
        let m = &mut r;
        *m = &y;
    }
    println!("{r} {w}");
}
