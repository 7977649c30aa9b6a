// `for` over arrays by value: elements in order, nested arrays, arrays of structs.
#[derive(Debug)]
struct Job {
    id: u32,
}

fn main() {
    let nums = [4, 8, 15, 16, 23, 42];
    let mut sum = 0;
    for n in nums {
        sum += n;
    }
    println!("sum = {}", sum);
    let grid = [[1, 2], [3, 4], [5, 6]];
    for row in grid {
        for x in row {
            print!("{} ", x);
        }
        println!();
    }
    let jobs = [Job { id: 1 }, Job { id: 2 }];
    for job in jobs {
        println!("{:?} {}", job, job.id);
    }
    for (i, name) in [(1, "a"), (2, "b")] {
        println!("{i}: {name}");
    }
    for _ in [(); 3] {
        print!(".");
    }
    println!();
    println!("{:?}", nums);
}
