// A classic exercise: bubble sort on a fixed-size array.
fn sort(mut a: [i32; 8]) -> [i32; 8] {
    let n = a.len();
    for i in 0..n {
        for j in 0..n - 1 - i {
            if a[j] > a[j + 1] {
                let tmp = a[j];
                a[j] = a[j + 1];
                a[j + 1] = tmp;
            }
        }
    }
    a
}

fn main() {
    let data = [5, -1, 9, 3, 3, 0, 12, -8];
    let sorted = sort(data);
    println!("{:?}", data);
    println!("{:?}", sorted);
    let mut counts = [0usize; 4];
    for x in sorted {
        counts[(x + 8) as usize % 4] += 1;
    }
    println!("{:?}", counts);
}
