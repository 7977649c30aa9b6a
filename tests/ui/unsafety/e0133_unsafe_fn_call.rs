//@ mode: check
// Calling an `unsafe fn` needs an `unsafe` block; a block with nothing unsafe in it is
// unnecessary.
unsafe fn first_unchecked(values: &[i32]) -> i32 {
    values[0]
}

fn main() {
    let values = vec![4, 5, 6];
    let a = first_unchecked(&values);
    let b = unsafe { values.len() };
    println!("{} {}", a, b);
}
