//@ mode: check
fn main() {
    /* this comment never
       ends
    let x = 1;
}