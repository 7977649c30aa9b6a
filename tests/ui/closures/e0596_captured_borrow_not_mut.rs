//@ mode: check
// `&mut` of a captured variable that is not `mut`.
fn main() {
    let total = 0;
    let mut add = |n: i32| {
        let r = &mut total;
        *r += n;
    };
    add(1);
}
