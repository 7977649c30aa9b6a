// An `unsafe fn` runs like any other function once called from an `unsafe` block.
unsafe fn scale(values: &mut Vec<i32>, factor: i32) {
    for v in values.iter_mut() {
        *v *= factor;
    }
}

fn main() {
    let mut values = vec![1, 2, 3];
    unsafe {
        scale(&mut values, 10);
    }
    let total: i32 = unsafe { values.iter().sum() };
    println!("{:?} {}", values, total);
}
