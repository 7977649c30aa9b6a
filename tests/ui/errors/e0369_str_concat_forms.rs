//@ mode: check
fn main() {
    let a = "x";
    let b = "y";
    let c = a + b;
    let d = a + "z";
    let e = "p" + "q";
    let f = a + &b;
    let n = 5;
    let g = "v" + n;
}
