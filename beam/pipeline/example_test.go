package pipeline_test

import (
	"fmt"
	"os"

	"github.com/vntext/vntext/beam/pipeline"
	"github.com/vntext/vntext/entities"
)

func ExampleShardName() {
	fmt.Println(pipeline.ShardName("gs://bucket/out/part", 3, 120))
	fmt.Println(pipeline.ShardName("out/results.jsonl", 0, 1))
	// Output:
	// gs://bucket/out/part-00003-of-00120.jsonl
	// out/results-00000-of-00001.jsonl
}

func ExampleWriteRows() {
	rows := []pipeline.Row{{Month: "2024-02", Province: "Thành phố Hà Nội", Kind: pipeline.KindOfficial, Name: "Lê Thị Thu Hà",
		Roles: []pipeline.RoleCount{{Role: "Chủ tịch HĐND quận Tây Hồ", Status: entities.StatusCurrent, Documents: 2}, {Role: "Bí thư Quận uỷ", Status: entities.StatusFormer, Documents: 1}}, Mentions: 3, Documents: 2}}
	_ = pipeline.WriteRows(os.Stdout, rows, pipeline.FormatJSONL)
	_ = pipeline.WriteRows(os.Stdout, rows, pipeline.FormatCSV)
	// Output:
	// {"month":"2024-02","province":"Thành phố Hà Nội","kind":"official","name":"Lê Thị Thu Hà","roles":[{"role":"Chủ tịch HĐND quận Tây Hồ","status":"current","documents":2},{"role":"Bí thư Quận uỷ","status":"former","documents":1}],"mentions":3,"documents":2}
	// month,province,kind,name,roles,mentions,documents
	// 2024-02,Thành phố Hà Nội,official,Lê Thị Thu Hà,Chủ tịch HĐND quận Tây Hồ (2); Bí thư Quận uỷ [former] (1),3,2
}
