//@ mode: check
fn main() {
    let n = 5;
    let r = match n {
        1 => 1,
    };
    let unused = 1;
    let y = 2;
    y = 3;
}
